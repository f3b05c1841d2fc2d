"""`attache submit`: articles from files into a running API, over HTTP only.

Nothing here imports spaCy or the extraction package, so submitting starts at once and runs on
any machine that can reach the API.
"""
