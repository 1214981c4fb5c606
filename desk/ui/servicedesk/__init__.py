"""客服台: the owner service desk section and its tabs."""
