"""Figures across domains: today at a glance (概览) and the weekly report (周报)."""
