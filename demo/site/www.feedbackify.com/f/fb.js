// Demo stub served for www.feedbackify.com (not the vendor's code): a host only third-party-web names.
window.feedbackifyDemoLoaded = true;
