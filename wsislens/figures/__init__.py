"""Pure figure builders: filtered tables in, a plotly `go.Figure` out. None of them calls
Streamlit or changes its input; tests assert on `fig.data` and `fig.layout`."""
