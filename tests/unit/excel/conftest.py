import pytest


@pytest.fixture
def roster(admin, make_staff):
    """Three consultants and a manager session that may import them."""
    people = [make_staff("consultant", code=f"6{i}", name=n, phone=f"1390000600{i}")[0]
              for i, n in enumerate(["张磊", "杨帆", "黄晓燕"], start=1)]
    return admin, people
