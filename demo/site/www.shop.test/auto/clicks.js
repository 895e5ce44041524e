// Records which banner button the page saw clicked (window.clicks, body[data-clicked]) and closes the banner like a CMP.
window.clicks = [];
function recordClick(name, bannerId) {
  window.clicks.push(name);
  document.body.dataset.clicked = window.clicks.join(',');
  const banner = document.getElementById(bannerId);
  if (banner) banner.style.display = 'none';
}
