from django import template

from vitrine.web.audit.labels import action_label

register = template.Library()
register.filter("action_label", action_label)
