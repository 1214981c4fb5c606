"""Who is acting: every service call that changes or reveals something takes a Session."""
from __future__ import annotations

from dataclasses import dataclass, field

from desk.services.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desk.services.core.permissions import PERMISSIONS, ROLES, permissions_for


@dataclass(frozen=True)
class Session:
    staff_id: int | None  # None for the system (CLI scripts, demo data)
    name: str
    roles: tuple[str, ...]
    permissions: frozenset = field(default_factory=frozenset)

    @classmethod
    def for_staff(cls, staff) -> "Session":
        roles = tuple(staff.role_list)
        return cls(staff.id, staff.name, roles, frozenset(permissions_for(roles)))

    @classmethod
    def system(cls) -> "Session":
        return cls(None, "系统", ("admin",), frozenset(permissions_for(["admin"])))

    @classmethod
    def kiosk(cls, role: str) -> "Session":
        """A shared tablet's session (``desk --kiosk``): only what ``role`` may do, nobody signed in;
        each person signs what they did with their own PIN on the page."""
        return cls(None, "平板", (role,), frozenset(permissions_for([role])))

    @classmethod
    def command_line(cls, *, full_phones: bool = False) -> "Session":
        """The ``desk`` command's session: everything, but phone numbers stay masked unless asked."""
        permissions = permissions_for(["admin"])
        if not full_phones:
            permissions -= {"phone.full"}
        return cls(None, "命令行", ("admin",), frozenset(permissions))

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def require(self, permission: str) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("desk", "{name}（{roles}）无权{action}"),
                name=self.name,
                roles="、".join(ROLES.get(r, r) for r in self.roles) or "-",
                action=PERMISSIONS.get(permission, permission),
            )
