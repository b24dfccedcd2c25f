"""Tumar Times: a fictional outlet that exists only in the test tree. It proves that an outlet is one
folder plus one registry entry (QYSYM_OUTLET_DIRS): see test_tumar.py and README, "Adding an outlet"."""
