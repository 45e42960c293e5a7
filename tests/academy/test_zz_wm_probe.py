import pytest
from tests.academy.test_wikimedia_sign_in import *  # noqa
from tests.academy import mediawiki_standin

@pytest.mark.django_db
def test_probe(client, wiki):
    p = mediawiki_standin.profile(99, "Not Nadia", "nadia@example.org", confirmed=False)
    sign_in_with_wikimedia(client, wiki, person=p)
    html = client.get("/en/accounts/3rdparty/signup/").content.decode()
    import re
    print(re.findall(r"<input[^>]*>", html))
    r = client.post("/en/accounts/3rdparty/signup/", {"email": "other@example.org", "display_name": "Not Nadia", "time_zone": ""})
    print(r.status_code, r.get("Location"))
    print(list(User.objects.values_list("email", "display_name", "home_community")))
    print([m.subject for m in mail.outbox])
