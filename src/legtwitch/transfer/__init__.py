"""Imports and exports of the diary: our own lossless JSON/CSV, daily spreadsheets, Apple Health."""
