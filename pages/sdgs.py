"""Placeholder until the view lands."""

import streamlit as st

st.title("sdgs")
st.info("This view is being built.")
