from pathlib import Path

for name in ["zero", "one", "two"]:  # one folder per class
    Path("data", name).mkdir(parents=True, exist_ok=True)

# The usual rule: a class's index is its position among the sorted names.
classes = sorted(p.name for p in Path("data").iterdir() if p.is_dir())
print("sorted folders:", classes)
print("label of data/zero:", classes.index("zero"))

# Fix: state the mapping you mean, instead of relying on the order.
class_to_idx = {"zero": 0, "one": 1, "two": 2}
print("label of data/zero:", class_to_idx["zero"])
