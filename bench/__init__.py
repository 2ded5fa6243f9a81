"""kidesk's benchmark (issue 16): ``python -m bench [--quick]``; see bench/README.md."""
