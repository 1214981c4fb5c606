"""Head office: every site's database replicated into one (``desk.db.headoffice``), and the
reports across sites. Each site's figures come from the same services a site uses, run on that
site's copy (``site_scope``), so a site's column is its own report.

- ``sites``: the sites (codes) and, per site, today's overview (``site_today``); ``key_figures``:
  today's key figures of every site side by side with the company's total (the 全部 page);
- ``weekly``: the weekly report with a column per site and the company's total (``sites_report``).

Every call needs ``reports.view``; the head office's own session (``Session.head_office``) may do
that and nothing else.
"""
