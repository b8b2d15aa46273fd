"""Revision files, one per schema change (v0001 is the first released schema)."""
