"""Show flats (样板间): items, checks, incidents, cleaning, workers, photos, forms."""
