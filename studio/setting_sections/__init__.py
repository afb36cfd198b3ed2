"""The store's settings, one module a page of the Settings dialog; studio/setting_catalog.py
gathers them."""
