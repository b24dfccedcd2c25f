"""Outlets that exist only in the test tree, registered with QYSYM_OUTLET_DIRS."""
