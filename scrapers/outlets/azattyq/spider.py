"""Radio Azattyq: sitemaps of the Russian (rus.azattyq.org -> www.azattyqasia.org) and Kazakh
(www.azattyq.org) editions."""

from scrapers.outlets.azattyq import pages as azattyq
from scrapers.spiders.base import SitemapOutletSpider


class AzattyqSpider(SitemapOutletSpider):
    name = "azattyq"
    pages = azattyq
