"""The water bar (水吧): stock journal, counts, purchase requests, closing and alerts, forms."""
