"""Coordinators approve what others write: they get publishing rights over the whole
tree, and a "Coordinator approval" workflow covers every page."""

from django.db import migrations


def create_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin:
        coordinators.permissions.add(access_admin)
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    page_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        permission = Permission.objects.filter(content_type=page_type, codename=codename).first()
        if permission:
            GroupPagePermission.objects.get_or_create(group=coordinators, page=root, permission=permission)
    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _created = GroupApprovalTask.objects.get_or_create(
        name="Coordinator approval", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(coordinators)
    workflow, _created = Workflow.objects.get_or_create(name="Coordinator approval", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    WorkflowPage.objects.filter(page=root).delete()
    WorkflowPage.objects.create(workflow=workflow, page=root)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0005_session_seats_and_role_holders"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
