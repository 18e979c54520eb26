"""Reusable input widgets: unit picker, money and area edits, attachment strip."""
