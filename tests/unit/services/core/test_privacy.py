from desk.services.core.privacy import mask_id, mask_phone, phone_for


def test_mask_phone_and_id():
    assert mask_phone("13812340000") == "138****0000"
    assert mask_phone("138 1234 0000") == "138****0000"
    assert mask_phone("") == ""
    assert mask_id("110101199001011234") == "****1234"


def test_phone_shown_in_full_only_to_supervisors_and_owner(database, make_staff):
    _, host = make_staff("reception")
    consultant_row, consultant = make_staff("consultant")
    _, boss = make_staff("supervisor")
    assert phone_for(host, "13812340000") == "138****0000"
    assert phone_for(consultant, "13812340000") == "138****0000"
    assert phone_for(consultant, "13812340000", owner_id=consultant_row.id) == "13812340000"
    assert phone_for(boss, "13812340000") == "13812340000"
