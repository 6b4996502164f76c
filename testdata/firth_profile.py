#!/usr/bin/python3
"""The independent computation that TestFirthProfileAndLR checks against: Firth's penalized
log-likelihood l*(theta) = l(theta) + 1/2 log det I(theta) maximized by scipy (BFGS, then Nelder-Mead),
with theta_k held fixed for the profile, and its roots 2(l*max - l*_p(b)) = chi2_1(0.95) by brentq;
the penalized LR statistic of theta_k = 0. Run: /usr/bin/python3 testdata/firth_profile.py (needs
Debian's python3-numpy, python3-pandas, python3-scipy)."""
import numpy as np, pandas as pd
from scipy.optimize import minimize, brentq
from scipy.stats import chi2
def load(f):
    d=pd.read_csv(f); y=d.iloc[:,-1].values.astype(float); X=np.c_[np.ones(len(d)), d.iloc[:,:-1].values.astype(float)]
    return X,y
def lstar(t,X,y):
    z=X@t; ll=np.sum(y*z-np.logaddexp(0,z)); h=1/(1+np.exp(-z)); I=(X*(h*(1-h))[:,None]).T@X
    s,ld=np.linalg.slogdet(I); return ll+0.5*ld
def fit(X,y,fixed=None,val=None,start=None):
    n=X.shape[1]; free=[j for j in range(n) if fixed is None or j not in fixed]
    def full(u):
        t=np.zeros(n) if start is None else start.copy()
        if fixed is not None:
            for j,v in zip(fixed,val): t[j]=v
        t[free]=u; return t
    u0=(np.zeros(n) if start is None else start)[free]
    r=minimize(lambda u:-lstar(full(u),X,y),u0,method="BFGS",options={"gtol":1e-11,"maxiter":10000})
    r=minimize(lambda u:-lstar(full(u),X,y),r.x,method="Nelder-Mead",options={"xatol":1e-13,"fatol":1e-15,"maxiter":20000})
    return full(r.x), -r.fun
q=chi2.ppf(0.95,1)
for f,k in [("testdata/challenger.csv",1),("testdata/iris_sv.csv",1),("testdata/birthwt_sub.csv",2),("testdata/infert.csv",1)]:
    X,y=load(f); th,lmax=fit(X,y)
    def g(b):
        # the profile's global maximum: from the fit and from starts far along each other coefficient,
        # since on separated data l* with theta_k fixed can have more than one local maximum
        best=-np.inf
        for s in [th]+[th+np.eye(len(th))[j]*c*abs(th[j]+1) for j in range(len(th)) if j!=k for c in (-3,3)]:
            s=s.copy(); s[k]=b; _,l=fit(X,y,[k],[b],start=s); best=max(best,l)
        return 2*(lmax-best)-q
    # bracket from Wald
    h=1/(1+np.exp(-X@th)); I=(X*(h*(1-h))[:,None]).T@X; se=np.sqrt(np.linalg.inv(I)[k,k])
    lo=brentq(g, th[k]-8*se, th[k], xtol=1e-14, rtol=1e-14); hi=brentq(g, th[k], th[k]+8*se, xtol=1e-14, rtol=1e-14)
    _,l0=fit(X,y,[k],[0.0],start=th)
    print(f, k, repr(lo), repr(hi), "LR", repr(2*(lmax-l0)))
