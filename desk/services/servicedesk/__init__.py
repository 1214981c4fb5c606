"""The owner service desk (客服台): units and owners, repairs, complaints, calls, keys, fees, call-backs, surveys, forms."""
