"""What every outlet spider shares (base.py); each outlet's own spider lives in its folder,
scrapers/outlets/<slug>/, and is found through the registry (scrapers.spiderloader)."""
