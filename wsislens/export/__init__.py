"""Exports of exactly what is on screen: chart images (PNG, SVG), a PowerPoint deck, and the
filtered facts as CSV and Excel. Built only when asked for."""
