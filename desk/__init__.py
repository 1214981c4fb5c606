"""Sales Desk (案场助手): the desktop program of a real-estate sales center."""

__version__ = "0.1.0"
APP_NAME = "SalesDesk"
ORG_NAME = "SalesDesk"
