"""Placeholder until the view lands."""

import streamlit as st

st.title("timeline")
st.info("This view is being built.")
