"""The domain: plain Python, no Qt import."""
