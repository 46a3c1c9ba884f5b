#!/usr/bin/env bash
# Installs Debian's LibreOffice Writer without a GUI (soffice --headless) for the test that renders a generated .docx to PDF and PNG.
exec bash "$(dirname "$0")/apt-install.sh" libreoffice.sh libreoffice-writer-nogui
