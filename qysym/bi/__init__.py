"""Checks of qysym with the BI tools analysts use (`make bi-check`)."""
