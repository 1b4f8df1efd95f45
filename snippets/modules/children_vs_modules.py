from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.features(x))


model = Classifier()
# children(): only the direct submodules.
print("children:", [type(m).__name__ for m in model.children()])
print("named_children:", [name for name, _ in model.named_children()])
# modules(): every module in the tree, the model itself first ("").
print("named_modules:")
for name, m in model.named_modules():
    print(f"  {name!r:14} {type(m).__name__}")
