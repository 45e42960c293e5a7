from django_tasks import task

from academy.emails import path_for, send_to
from academy.stories.models import Selection


@task()
def send_selection_feedback(selection_id):
    selection = (
        Selection.objects.select_related("story__author", "domain", "round")
        .filter(pk=selection_id)
        .first()
    )
    if selection is None:  # taken back, or the story withdrawn, before the email left
        return
    author = selection.story.author
    send_to(
        author,
        "academy/story_selected",
        {
            "selection": selection,
            "story": selection.story,
            "stories_path": path_for(author, "stories_mine"),
        },
    )
