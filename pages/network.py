"""Placeholder until the view lands."""

import streamlit as st

st.title("network")
st.info("This view is being built.")
