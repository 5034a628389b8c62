"""One module per screen: the five views (profile, result, pivots, what-if, clients) and dialogs."""
