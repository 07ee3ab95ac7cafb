"""WSIS Lens core: the submission model, reference data, loading, queries, figures,
extraction, SDG mapping and export. Nothing in this package imports streamlit."""

__version__ = "0.1.0"
