"""Reception (来访): customers and visits, the consultant rotation, the hall board, figures, forms."""
