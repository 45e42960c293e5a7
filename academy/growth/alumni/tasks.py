from django_tasks import task

from academy.accounts.models import User
from academy.emails import path_for, send_to
from academy.growth.alumni.tokens import stop_token


@task()
def send_report_request(person_id):
    person = User.objects.get(pk=person_id)
    send_to(
        person,
        "academy/alumni_report_request",
        {
            "report_path": path_for(person, "alumni_report_back"),
            "stop_path": path_for(person, "alumni_stop_requests", stop_token(person)),
        },
    )
