"""Tools for developers that drive the real window (UI layer): the gallery of every screen."""
