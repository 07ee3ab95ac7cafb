"""Placeholder until the view lands."""

import streamlit as st

st.title("source_text")
st.info("This view is being built.")
