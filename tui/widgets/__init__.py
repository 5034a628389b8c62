"""Reusable widgets: gauges, bars, driver and skill lists, completion input, top bar."""
