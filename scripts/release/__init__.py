"""Releases: each contract version (and each version of another published distribution) is a git tag."""
