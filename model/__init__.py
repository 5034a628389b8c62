"""The exposure model: training, the shipped artifact, scoring and explanations.

Never imports textual; heavy libraries (scikit-learn, scipy) are imported inside the
functions that need them so that ``import career_resilience.model`` stays fast.
"""

__version__ = "0.1.0"
