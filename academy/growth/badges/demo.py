"""The demo's badges from demo/data/badges.toml, each with a PNG image drawn here; the
awards by rule come from the demo's facts through the catch-up, then a few by hand and
one revoked. Idempotent: nothing is added once any badge exists."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

from academy.accounts.rules import COORDINATORS_GROUP
from academy.demo.translated import set_translated
from academy.growth.badges import services
from academy.growth.badges.models import Award, Badge
from academy.models import Skill, User

SIZE = 256


def badge_png(color):
    """A round medal with a ribbon, in the badge's colour."""
    picture = PillowImage.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.polygon([(88, 150), (64, 250), (112, 226), (128, 160)], fill=color)
    draw.polygon([(168, 150), (192, 250), (144, 226), (128, 160)], fill=color)
    draw.ellipse((28, 8, 228, 208), fill=color)
    draw.ellipse((52, 32, 204, 184), outline="white", width=8)
    buffer = BytesIO()
    picture.save(buffer, format="PNG")
    return buffer


def _badge(spec, position):
    badge = Badge(key=spec["key"], rule=spec.get("rule", ""), position=position)
    badge.threshold = spec.get("threshold", 1)
    for field in ("name", "description", "criteria"):
        set_translated(badge, field, spec[field])
        setattr(badge, field, spec[field]["en"])
    picture = ImageFile(badge_png(spec["color"]), name=f"badge-{spec['key']}.png")
    badge.image = Image.objects.create(title=spec["name"]["en"], file=picture)
    badge.save()
    badge.skills.set(Skill.objects.filter(key__in=spec.get("skills", [])))
    return badge


def load_badges(data, log=None):
    if Badge.objects.exists():
        return
    badges = {spec["key"]: _badge(spec, n) for n, spec in enumerate(data["badges"])}
    services.catch_up()
    coordinator = User.objects.filter(groups__name=COORDINATORS_GROUP).order_by("pk").first()
    for spec in data["awards"]:
        person = User.objects.filter(email=spec["person"]).first()
        if person is None or coordinator is None:
            continue
        award = services.award_by_hand(
            actor=coordinator, badge=badges[spec["badge"]], person=person, reason=spec["reason"]
        )
        if spec.get("revoked"):
            services.revoke(actor=coordinator, award=award, reason=spec["revoked"])
        elif spec.get("shown"):
            Award.objects.filter(pk=award.pk).update(shown=True)
    Award.objects.filter(person__email__in=data["shown_by"]).update(shown=True)
    if log is not None:
        log(
            f"Badges: {len(badges)} badges, {Award.objects.valid().count()} awards, "
            f"{Award.objects.exclude(revoked_at=None).count()} revoked."
        )
