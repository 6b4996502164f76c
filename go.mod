module logreg

go 1.22
