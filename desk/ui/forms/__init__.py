"""表单: preview, print and save printable forms; background batches."""
