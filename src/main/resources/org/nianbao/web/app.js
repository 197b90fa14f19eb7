// Drag and drop onto the upload zone: the dropped files become the form's files and the form is sent.
// Everything works without this script too (the file chooser and the submit button).
(function () {
  var zone = document.getElementById('drop');
  var input = document.getElementById('files');
  if (!zone || !input) { return; }
  ['dragenter', 'dragover'].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    zone.addEventListener(t, function () { zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      // never name a control "submit": it would hide the form's submit() method
      zone.closest('form').submit();
    }
  });
  input.addEventListener('change', function () {
    var n = document.getElementById('chosen');
    if (n) { n.textContent = input.files.length; }
  });
})();
