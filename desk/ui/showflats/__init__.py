"""Show flats (样板间) screens: the section, the check dialogs and the cleaner page."""
